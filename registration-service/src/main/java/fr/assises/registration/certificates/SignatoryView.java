package fr.assises.registration.certificates;

import java.time.OffsetDateTime;

public record SignatoryView(String name, String title, String city, OffsetDateTime updatedAt) {
}
