package fr.assises.registration.settings;

/** Whether the registration form asks for a piece of information. */
public enum FieldMode {
    REQUIRED, OPTIONAL, HIDDEN
}
