package fr.assises.registration.organiser;

import java.util.List;

import fr.assises.registration.registering.RegistrationView;

/** One page of an organiser search. */
public record RegistrationPage(long total, int page, int size, List<RegistrationView> items) {
}
