package quizbot.telegram.archfixture;

import quizbot.storage.StorageException;

/** A Telegram class that handles a storage failure itself, which the architecture rules must catch. */
public final class StorageUsingFixture {
    public boolean isStorage(RuntimeException failure) {
        return failure instanceof StorageException;
    }
}
