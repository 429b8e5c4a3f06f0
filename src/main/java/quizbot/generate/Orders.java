package quizbot.generate;

import java.util.ArrayList;
import java.util.List;

/** The orders distractor candidates are tried in, for every kind of fact. Stateless. */
final class Orders {

    private Orders() {
    }

    /** Up to two from the article, then the generated ones: the article's own facts are the most plausible. */
    static <T> List<T> interleave(List<T> fromArticle, List<T> generated) {
        var result = new ArrayList<T>(fromArticle.subList(0, Math.min(2, fromArticle.size())));
        result.addAll(generated);
        result.addAll(fromArticle);
        return result;
    }

    /**
     * A list (a gazetteer's, or steps away from a figure) in an order that depends on the answer: it
     * starts at a place picked by the answer and strides through the list, so the picks are varied
     * and spread (not three neighbours of the alphabet), yet the same every run.
     */
    static <T> List<T> rotated(List<T> list, String answer) {
        int size = list.size();
        if (size == 0) {
            return list;
        }
        int stride = size % 7 == 0 ? 11 : 7;
        int start = Math.floorMod(answer.hashCode(), size);
        var result = new ArrayList<T>(size);
        var taken = new boolean[size];
        for (int step = 0, index = start; step < size; step++, index = (index + stride) % size) {
            while (taken[index]) {
                index = (index + 1) % size;
            }
            taken[index] = true;
            result.add(list.get(index));
        }
        return result;
    }
}
