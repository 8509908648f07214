package fr.assises.programme;

import fr.assises.common.test.TokenAudienceContract;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Only Keycloak access tokens issued for Assises get in (see {@link TokenAudienceContract}). */
@QuarkusTest
@TestProfile(TokenAudienceContract.AsInProduction.class)
class TokenAudienceTest extends TokenAudienceContract {

    TokenAudienceTest() {
        super("/api/programme/congresses", "organiser");
    }
}
