package fr.assises.registration.questions;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A question the organising committee adds to the registration form; its choices are kept as JSON. */
@Entity
@Table(name = "custom_question")
public class CustomQuestion {

    @Id
    public UUID id;
    @Column(name = "congress_id")
    public UUID congressId;
    public int position;
    @Enumerated(EnumType.STRING)
    public QuestionKind kind;
    public boolean required;
    @Column(name = "label_fr")
    public String labelFr;
    @Column(name = "label_en")
    public String labelEn;
    public String choices;
}
