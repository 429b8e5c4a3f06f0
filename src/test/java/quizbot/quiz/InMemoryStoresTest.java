package quizbot.quiz;

/** The store contracts, run against the in-memory fake so that it stays honest. */
class InMemoryStoresTest extends StoreContracts {

    @Override
    protected AllStores fresh() {
        return AllStores.of(new InMemoryStores());
    }
}
