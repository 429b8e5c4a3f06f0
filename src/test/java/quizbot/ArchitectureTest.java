package quizbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import quizbot.generate.archfixture.SqlUsingFixture;

/** The design's dependency rule: the core knows nothing of Telegram, SQL, storage or the console. */
class ArchitectureTest {

    /** {@code quiz} and {@code chat} may not exist yet; the rule must hold for them as soon as they do. */
    static final ArchRule CORE_DEPENDS_ON_NO_ADAPTER = noClasses()
            .that().resideInAnyPackage("quizbot.generate..", "quizbot.quiz..", "quizbot.chat..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.telegram..", "java.sql..", "quizbot.storage..", "quizbot.telegram..", "quizbot.console..")
            .allowEmptyShould(true)
            .because("the core must be testable and reusable without Telegram, a database or a console");

    @Test
    void coreDependsOnNoAdapter() {
        JavaClasses mainClasses = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("quizbot");
        assertTrue(mainClasses.contain("quizbot.generate.QuestionGenerator"),
                "the import must see the core's classes, or the rule checks nothing");

        CORE_DEPENDS_ON_NO_ADAPTER.check(mainClasses);
    }

    @Test
    void ruleFailsForCoreClassThatUsesSql() {
        JavaClasses fixture = new ClassFileImporter().importClasses(SqlUsingFixture.class);

        AssertionError violation = assertThrows(AssertionError.class, () -> CORE_DEPENDS_ON_NO_ADAPTER.check(fixture));
        assertTrue(violation.getMessage().contains("java.sql.Connection"), violation::getMessage);
    }
}
