package quizbot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The promises of {@link DraftStore}, for every implementation. */
public abstract class DraftStoreContract extends StoreContract {

    @Test
    void aDraftIsKeptReplacedAndDeleted() {
        stores.users().save(ANNA);
        assertEquals(Optional.empty(), stores.drafts().draft(ANNA.id()));
        DraftSet planets = DraftSet.of(TestSets.planets(), List.of(), T0);
        stores.drafts().saveDraft(ANNA.id(), planets);
        assertEquals(Optional.of(planets), stores.drafts().draft(ANNA.id()));
        DraftSet other = DraftSet.of(TestSets.set("other", "Other", TestSets.planets().questions().get(0)), List.of(), T0.plusSeconds(60));
        stores.drafts().saveDraft(ANNA.id(), other);
        assertEquals(Optional.of(other), stores.drafts().draft(ANNA.id()));
        stores.drafts().deleteDraft(ANNA.id());
        assertEquals(Optional.empty(), stores.drafts().draft(ANNA.id()));
    }

    @Test
    void aDraftKeepsItsDroppedNumbersItsReserveAndItsStamp() {
        stores.users().save(ANNA);
        var questions = TestSets.planets().questions();
        var draft = new DraftSet(TestSets.set("planets", "Planets", questions.get(0), questions.get(1), questions.get(2)),
                new TreeSet<>(List.of(1, 3)), List.of(questions.get(3)), T0);
        stores.drafts().saveDraft(ANNA.id(), draft);
        assertEquals(Optional.of(draft), stores.drafts().draft(ANNA.id()));
    }
}
