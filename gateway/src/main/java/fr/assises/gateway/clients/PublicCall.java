package fr.assises.gateway.clients;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A call any visitor's page makes (the published programme, places left, a survey opened by its link): it goes
 * without the caller's token, as the services' public endpoints expect, so a logged-in visitor is answered like
 * anyone else.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicCall {
}
