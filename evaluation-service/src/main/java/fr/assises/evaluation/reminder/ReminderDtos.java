package fr.assises.evaluation.reminder;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What organisers learn of reminders: counts and days, never who answered or who did not. */
public final class ReminderDtos {

    private ReminderDtos() {
    }

    /**
     * Checked-in participants, how many have not answered, how many of them a reminder would reach now (each
     * person is reminded once), and the reminders sent so far.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReminderStatus(UUID questionnaireId, String state, long checkedIn, int nonRespondents,
            int toRemind, int remindersSent, LocalDate lastSentOn) {
    }

    /** A reminder requested: how many people the service will write to. */
    public record ReminderSent(UUID questionnaireId, LocalDate sentOn, int recipients, String message) {
    }
}
