package quizbot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The promises of {@link UserStore}, for every implementation. */
public abstract class UserStoreContract extends StoreContract {

    @Test
    void aSavedUserIsFoundById() {
        stores.users().save(ANNA);
        stores.users().save(BORIS);

        assertEquals(Optional.of(ANNA), stores.users().user(ANNA.id()));
        assertEquals(Optional.of(BORIS), stores.users().user(BORIS.id()));
    }

    @Test
    void savingAgainUpdatesTheName() {
        stores.users().save(ANNA);

        stores.users().save(new User(ANNA.id(), "Anna K."));

        assertEquals(Optional.of(new User(ANNA.id(), "Anna K.")), stores.users().user(ANNA.id()));
    }

    @Test
    void anUnknownUserIsEmpty() {
        stores.users().save(ANNA);

        assertEquals(Optional.empty(), stores.users().user(999));
    }

    @Test
    void telegramSizedIdsAndNamesOfAnyScriptAreKept() {
        User user = new User(7_123_456_789L, "Ёлка 🎄 O'Brien");

        stores.users().save(user);

        assertEquals(Optional.of(user), stores.users().user(7_123_456_789L));
    }
}
