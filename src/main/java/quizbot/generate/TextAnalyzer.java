package quizbot.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens, part-of-speech tags and lemmas with Apache OpenNLP's English UD models, loaded
 * from their Maven Central jars on the class path (never downloaded at run time).
 * Loading takes a moment, so build one and reuse it. Not thread-safe (the OpenNLP tools are not).
 */
final class TextAnalyzer {
    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    /** A sentence that ends in a capital's initial ("J. R.") was cut inside a name; "World War I." ends one. */
    private static final Pattern INITIAL_AT_END = Pattern.compile("(?:^|\\s)[\\p{Lu}&&[^I]]\\.$");
    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;

    TextAnalyzer() {
        try {
            sentenceDetector = new SentenceDetectorME(new SentenceModel(model(SENTENCE_MODEL)));
            tokenizer = new TokenizerME(new TokenizerModel(model(TOKEN_MODEL)));
            tagger = new POSTaggerME(new POSModel(model(POS_MODEL)), POSTagFormat.UD);
            lemmatizer = new LemmatizerME(new LemmatizerModel(model(LEMMA_MODEL)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English models from the class path", e);
        }
    }

    private static InputStream model(String resource) {
        InputStream in = TextAnalyzer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is missing from the class path");
        }
        return in;
    }

    /** Splits paragraphs into sentences, numbered across the whole article in reading order. */
    List<Sentence> analyze(List<String> paragraphs) {
        var sentences = new ArrayList<Sentence>();
        for (String paragraph : paragraphs) {
            for (String text : sentenceTexts(paragraph)) {
                sentences.add(new Sentence(sentences.size(), text, tokens(text)));
            }
        }
        return sentences;
    }

    /**
     * The paragraph's sentences; a "sentence" that starts in lower case continues the one before,
     * split wrongly after an abbreviation ("Meridian Cargo Inc. have agreed …"), and so does one that
     * follows a name's initial ("she married J. R. | Whitfield, a geochemist").
     */
    private List<String> sentenceTexts(String paragraph) {
        var texts = new ArrayList<String>();
        for (Span span : sentenceDetector.sentPosDetect(paragraph)) {
            String text = span.getCoveredText(paragraph).toString().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!texts.isEmpty() && (Character.isLowerCase(text.codePointAt(0)) || INITIAL_AT_END.matcher(texts.get(texts.size() - 1)).find())) {
                texts.set(texts.size() - 1, texts.get(texts.size() - 1) + " " + text);
            } else {
                texts.add(text);
            }
        }
        return texts;
    }

    private List<Token> tokens(String text) {
        Span[] spans = tokenizer.tokenizePos(text);
        String[] words = Span.spansToStrings(spans, text);
        String[] tags = tagger.tag(words);
        String[] lemmas = lemmatizer.lemmatize(words, tags);
        var tokens = new ArrayList<Token>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(words[i], tags[i], lemmas[i], spans[i].getStart(), spans[i].getEnd()));
        }
        return tokens;
    }
}
