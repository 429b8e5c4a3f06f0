package quizbot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The promises of {@link DraftStore}, for every implementation. */
public abstract class DraftStoreContract extends StoreContract {

    @Test
    void aDraftIsKeptReplacedAndDeleted() {
        stores.users().save(ANNA);
        assertEquals(Optional.empty(), stores.drafts().draft(ANNA.id()));
        stores.drafts().saveDraft(ANNA.id(), TestSets.planets(), T0);
        assertEquals(Optional.of(TestSets.planets()), stores.drafts().draft(ANNA.id()));
        var other = TestSets.set("other", "Other", TestSets.planets().questions().get(0));
        stores.drafts().saveDraft(ANNA.id(), other, T0);
        assertEquals(Optional.of(other), stores.drafts().draft(ANNA.id()));
        stores.drafts().deleteDraft(ANNA.id());
        assertEquals(Optional.empty(), stores.drafts().draft(ANNA.id()));
    }
}
