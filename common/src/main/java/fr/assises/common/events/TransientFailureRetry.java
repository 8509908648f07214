package fr.assises.common.events;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Implements {@link RetryTransientFailures}. Its priority puts it outside {@code @Transactional} (200), so each
 * try runs in a transaction of its own: a transaction that met a dead connection is rolled back, never reused.
 */
@RetryTransientFailures
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class TransientFailureRetry {

    @Inject
    ConsumerRetry retry;

    @AroundInvoke
    Object retry(InvocationContext invocation) throws Exception {
        Object[] parameters = invocation.getParameters();
        String where = parameters.length > 0 && parameters[0] instanceof ConsumerRecord<?, ?> record
                ? record.topic() + "-" + record.partition() + "@" + record.offset()
                : invocation.getMethod().getDeclaringClass().getSimpleName();
        return retry.call(where, invocation::proceed);
    }
}
