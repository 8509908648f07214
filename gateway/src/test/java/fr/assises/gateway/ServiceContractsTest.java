package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The check the stand-ins go through notices a drift from the committed contracts, and only a drift. */
class ServiceContractsTest {

    private static final String ROOMS = "/api/programme/congresses/" + StandInServices.CONGRESS_ID + "/rooms";
    private static final String ROOM = "{\"id\":\"7007a000-0000-4000-8000-000000000001\",\"congressId\":\""
            + StandInServices.CONGRESS_ID + "\",\"name\":\"Amphithéâtre\",\"capacity\":300,\"accessible\":true,"
            + "\"version\":0}";

    @Test
    void anAnswerShapedLikeTheServicesPasses() {
        assertThat(ServiceContracts.responseDrift("GET", ROOMS, 200, "application/json", "[" + ROOM + "]")).isNull();
        assertThat(ServiceContracts.responseDrift("GET", ROOMS, 403, "application/problem+json",
                "{\"type\":\"urn:assises:problem:forbidden\",\"title\":\"Accès refusé\",\"status\":403}")).isNull();
    }

    @Test
    void anIdThatIsNoUuidAWrongTypeOrAnUnknownOperationIsADrift() {
        assertThat(ServiceContracts.responseDrift("GET", ROOMS, 200, "application/json",
                "[" + ROOM.replace("7007a000-0000-4000-8000-000000000001", "salle-amphi") + "]")).contains("$[0].id");
        assertThat(ServiceContracts.responseDrift("GET", ROOMS, 200, "application/json",
                "[" + ROOM.replace("300", "\"trois cents\"") + "]")).contains("capacity");
        assertThat(ServiceContracts.responseDrift("GET", ROOMS, 403, "application/problem+json", "{\"title\":1}"))
                .isNotNull();
        assertThat(ServiceContracts.responseDrift("GET", "/api/programme/nothing/here", 200, "application/json", "{}"))
                .contains("is not an operation");
    }

    @Test
    void aBodyTheStandInAcceptsButTheServiceWouldRefuseIsADrift() {
        String room = "{\"name\":\"\",\"capacity\":10,\"accessible\":true}";
        assertThat(ServiceContracts.requestDrift("POST", ROOMS, 201, "application/json", room)).isNotNull();
        assertThat(ServiceContracts.requestDrift("POST", ROOMS, 400, "application/json", room)).isNull();
    }
}
