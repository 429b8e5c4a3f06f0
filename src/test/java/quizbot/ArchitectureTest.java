package quizbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import quizbot.chat.archfixture.ChartDrawingFixture;
import quizbot.console.archfixture.CommandLineFixture;
import quizbot.generate.archfixture.SqlUsingFixture;
import quizbot.telegram.archfixture.StorageUsingFixture;

/**
 * The design's dependency rules: the core knows nothing of Telegram, SQL, storage, the console or
 * drawing; the adapters know nothing of storage or of each other; the command line is a package of its
 * own that nothing else uses.
 */
class ArchitectureTest {

    /** {@code quiz} and {@code chat} may not exist yet; the rule must hold for them as soon as they do. */
    static final ArchRule CORE_DEPENDS_ON_NO_ADAPTER = noClasses()
            .that().resideInAnyPackage("quizbot.generate..", "quizbot.quiz..", "quizbot.chat..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.telegram..", "java.sql..", "quizbot.storage..", "quizbot.telegram..", "quizbot.console..")
            .allowEmptyShould(true)
            .because("the core must be testable and reusable without Telegram, a database or a console");

    static final ArchRule TELEGRAM_USES_NEITHER_STORAGE_NOR_CONSOLE = noClasses()
            .that().resideInAPackage("quizbot.telegram..")
            .should().dependOnClassesThat().resideInAnyPackage("quizbot.storage..", "quizbot.console..", "java.sql..")
            .because("an adapter drives the conversation; what it stores is the core's business, wired in by Main");

    static final ArchRule CONSOLE_USES_NEITHER_STORAGE_NOR_TELEGRAM = noClasses()
            .that().resideInAPackage("quizbot.console..")
            .should().dependOnClassesThat().resideInAnyPackage("quizbot.storage..", "quizbot.telegram..", "org.telegram..",
                    "java.sql..")
            .because("an adapter drives the conversation; what it stores is the core's business, wired in by Main");

    /** A class of a drawing library (XChart, AWT, ImageIO), or one that draws or writes files with them or by hand (CSV). */
    private static final DescribedPredicate<JavaClass> RENDERING = new DescribedPredicate<>("render (a drawing library or a renderer of ours)") {
        @Override
        public boolean test(JavaClass type) {
            return drawing(type) || type.getName().equals("quizbot.report.ReportCsv")
                    || type.getDirectDependenciesFromSelf().stream().anyMatch(dependency -> drawing(dependency.getTargetClass()));
        }
    };

    private static boolean drawing(JavaClass type) {
        String name = type.getPackageName();
        return name.startsWith("org.knowm") || name.startsWith("java.awt") || name.startsWith("javax.imageio");
    }

    static final ArchRule CORE_USES_NO_RENDERING_LIBRARY = noClasses()
            .that().resideInAnyPackage("quizbot.generate..", "quizbot.quiz..", "quizbot.chat..")
            .should().dependOnClassesThat(RENDERING)
            .because("charts and report files are drawn on the adapters' side of the conversation");

    static final ArchRule ONLY_THE_COMMAND_LINE_USES_PICOCLI = noClasses()
            .that().resideOutsideOfPackage("quizbot.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "quizbot.cli..")
            .because("the picocli commands and the wiring they share sit in quizbot.cli, on top: nothing below uses them");

    private static JavaClasses mainClasses() {
        JavaClasses mainClasses = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("quizbot");
        assertTrue(mainClasses.contain("quizbot.generate.QuestionGenerator") && mainClasses.contain("quizbot.telegram.TelegramBot")
                        && mainClasses.contain("quizbot.console.ConsoleChat") && mainClasses.contain("quizbot.cli.Main"),
                "the import must see the core's and the adapters' classes, or the rules check nothing");
        return mainClasses;
    }

    @Test
    void coreDependsOnNoAdapter() {
        CORE_DEPENDS_ON_NO_ADAPTER.check(mainClasses());
    }

    @Test
    void adaptersUseNeitherStorageNorEachOther() {
        TELEGRAM_USES_NEITHER_STORAGE_NOR_CONSOLE.check(mainClasses());
        CONSOLE_USES_NEITHER_STORAGE_NOR_TELEGRAM.check(mainClasses());
    }

    @Test
    void coreUsesNoRenderingLibrary() {
        CORE_USES_NO_RENDERING_LIBRARY.check(mainClasses());
    }

    @Test
    void onlyTheCommandLineUsesPicocli() {
        ONLY_THE_COMMAND_LINE_USES_PICOCLI.check(mainClasses());
    }

    @Test
    void ruleFailsForCoreClassThatUsesSql() {
        JavaClasses fixture = new ClassFileImporter().importClasses(SqlUsingFixture.class);

        AssertionError violation = assertThrows(AssertionError.class, () -> CORE_DEPENDS_ON_NO_ADAPTER.check(fixture));
        assertTrue(violation.getMessage().contains("java.sql.Connection"), violation::getMessage);
    }

    @Test
    void ruleFailsForAChatClassThatDrawsAChart() {
        JavaClasses fixture = new ClassFileImporter().importClasses(ChartDrawingFixture.class);

        AssertionError violation = assertThrows(AssertionError.class, () -> CORE_USES_NO_RENDERING_LIBRARY.check(fixture));
        assertTrue(violation.getMessage().contains("quizbot.report.ReportChart"), violation::getMessage);
    }

    @Test
    void ruleFailsForATelegramClassThatUsesStorage() {
        JavaClasses fixture = new ClassFileImporter().importClasses(StorageUsingFixture.class);

        AssertionError violation = assertThrows(AssertionError.class, () -> TELEGRAM_USES_NEITHER_STORAGE_NOR_CONSOLE.check(fixture));
        assertTrue(violation.getMessage().contains("quizbot.storage.StorageException"), violation::getMessage);
    }

    @Test
    void ruleFailsForAConsoleClassThatParsesTheCommandLine() {
        JavaClasses fixture = new ClassFileImporter().importClasses(CommandLineFixture.class);

        AssertionError violation = assertThrows(AssertionError.class, () -> ONLY_THE_COMMAND_LINE_USES_PICOCLI.check(fixture));
        assertTrue(violation.getMessage().contains("picocli.CommandLine"), violation::getMessage);
    }
}
