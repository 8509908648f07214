package fr.assises.common.events;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * On an {@code @Incoming} method: failures of the database or the network are retried with back-off, each try
 * in a new transaction, holding the record (and the ones behind it) in place; only a record that can never be
 * processed is let through to the channel's dead-letter topic. See {@link ConsumerFailures}.
 */
@InterceptorBinding
@Documented
@Retention(RUNTIME)
@Target({ METHOD, TYPE })
public @interface RetryTransientFailures {
}
