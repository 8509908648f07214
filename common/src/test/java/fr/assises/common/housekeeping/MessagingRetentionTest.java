package fr.assises.common.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Sent outbox rows go after 7 days, inbox rows after 30, pending rows never, and nothing recent. */
@QuarkusTest
class MessagingRetentionTest {

    @Inject
    MessagingRetention retention;

    @Inject
    EntityManager entityManager;

    @Test
    void onlyBookkeepingOlderThanItsRetentionIsDeleted() throws Exception {
        String marker = "retention-" + UUID.randomUUID();
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            outbox(marker, "sent long ago", now.minus(8, ChronoUnit.DAYS), now.minus(8, ChronoUnit.DAYS));
            outbox(marker, "sent yesterday", now.minus(1, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS));
            // never published (the broker was down for weeks): the relay still owes it
            outbox(marker, "pending", now.minus(40, ChronoUnit.DAYS), null);
            inbox(marker + "-old", now.minus(31, ChronoUnit.DAYS));
            inbox(marker + "-recent", now.minus(8, ChronoUnit.DAYS));
        });

        MessagingRetention.Purged purged = retention.purge(now);

        assertThat(purged.outboxRows()).isGreaterThanOrEqualTo(1);
        assertThat(purged.inboxRows()).isGreaterThanOrEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select type from outbox_event where subject = ?1 order by type").setParameter(1, marker)
                .getResultList())).containsExactly("pending", "sent yesterday");
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select consumer from inbox_event where consumer like ?1").setParameter(1, marker + "%")
                .getResultList())).containsExactly(marker + "-recent");
        // a second instance running the same purge finds nothing more of these
        retention.purge(now);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from outbox_event where subject = ?1").setParameter(1, marker).getSingleResult())
                .intValue())).isEqualTo(2);
        // the pending row is this test's: no relay test should find it
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from outbox_event where subject = ?1").setParameter(1, marker)
                .executeUpdate());
    }

    private void outbox(String subject, String type, Instant createdAt, Instant sentAt) {
        entityManager.createNativeQuery("""
                insert into outbox_event (id, topic, type, source, subject, occurred_at, payload, created_at, sent_at)
                values (?1, 'retention-test', ?2, '/test', ?3, ?4, '{}', ?4, ?5)""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, type)
                .setParameter(3, subject)
                .setParameter(4, createdAt)
                .setParameter(5, sentAt)
                .executeUpdate();
    }

    private void inbox(String consumer, Instant processedAt) {
        entityManager.createNativeQuery("insert into inbox_event (consumer, event_id, processed_at) values (?1, ?2, ?3)")
                .setParameter(1, consumer)
                .setParameter(2, UUID.randomUUID())
                .setParameter(3, processedAt)
                .executeUpdate();
    }
}
