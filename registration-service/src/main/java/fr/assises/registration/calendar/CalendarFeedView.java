package fr.assises.registration.calendar;

import java.time.OffsetDateTime;

/** My calendar feed: its path on the API, which holds the secret token, and when it was made. */
public record CalendarFeedView(String path, OffsetDateTime createdAt) {
}
