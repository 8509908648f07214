package fr.assises.common.testapp;

/** Event data of the test aggregate: its id and version, like every state event of the catalogue. */
public record NoteEvent(String aggregate, long version, String text) {

    public static final String TOPIC = "testapp-events";
    public static final String TYPE = "fr.assises.testapp.note.changed.v1";
}
