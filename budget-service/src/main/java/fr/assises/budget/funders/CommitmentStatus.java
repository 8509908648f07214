package fr.assises.budget.funders;

/** A funder's commitment moves forward only: requested, then granted, then paid. */
public enum CommitmentStatus {
    REQUESTED,
    GRANTED,
    PAID
}
