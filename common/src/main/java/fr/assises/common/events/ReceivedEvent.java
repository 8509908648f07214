package fr.assises.common.events;

/** An incoming event: its envelope and its {@code data} read into the consumer's own record type. */
public record ReceivedEvent<T>(EventEnvelope envelope, T data) {
}
