package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A trailing mention that repeats a name already written in its item links that name instead. */
class RepeatedMentionsTest {
  private static String mention(String name) {
    return "<a class=\"mention\" href=\"../functions/pmm.html\">" + name + "</a>";
  }

  @Test
  void aTrailingMentionOfANameAlreadyWrittenLinksTheWrittenName() {
    assertEquals(
        "<ul>\n<li>" + mention("Product Marketing") + ", for launches</li>\n</ul>",
        RepeatedMentions.fold(
            "<ul>\n<li>Product Marketing, for launches "
                + mention("Product Marketing")
                + "</li>\n</ul>"));
    assertEquals(
        "<p>Owners in " + mention("Product Marketing") + ".</p>",
        RepeatedMentions.fold(
            "<p>Owners in Product Marketing " + mention("Product Marketing") + ".</p>"));
  }

  @Test
  void severalTrailingMentionsAreFoldedEach() {
    String ops = "<a class=\"mention\" href=\"../functions/ops.html\">Marketing Ops</a>";
    String analytics =
        "<a class=\"mention\" href=\"../functions/analytics.html\">Marketing Analytics</a>";
    assertEquals(
        "<li>" + ops + " and " + analytics + ", for data actions</li>",
        RepeatedMentions.fold(
            "<li>Marketing Ops and Marketing Analytics, for data actions "
                + ops
                + " "
                + analytics
                + "</li>"));
  }

  @Test
  void aMentionInBracketsAfterItsOwnNameBecomesThatName() {
    assertEquals(
        "<p>" + mention("Product Marketing") + " owns messaging.</p>",
        RepeatedMentions.fold(
            "<p>Product Marketing (" + mention("Product Marketing") + ") owns messaging.</p>"));
    assertEquals(
        "<td>" + mention("Product Marketing") + " (role holder)</td>",
        RepeatedMentions.fold(
            "<td>Product Marketing (" + mention("Product Marketing") + ", role holder)</td>"));
  }

  @Test
  void everyOtherMentionStaysAsWritten() {
    for (String html :
        new String[] {
          // in the middle of a sentence, after another name
          "<p>Demand Generation (" + mention("Product Marketing") + ") decides.</p>",
          // the name is not written before it
          "<li>Launch owners " + mention("Product Marketing") + "</li>",
          // the name is part of a longer word
          "<li>Product Marketing-led launches " + mention("Product Marketing") + "</li>",
          // the name is already a link's text
          "<li><a href=\"x.html\">Product Marketing</a> notes "
              + mention("Product Marketing")
              + "</li>",
          // the name is in an earlier item, not this one
          "<li>Product Marketing</li><li>for launches " + mention("Product Marketing") + "</li>",
        }) {
      assertEquals(html, RepeatedMentions.fold(html));
    }
  }

  @Test
  void aNameSplitByMarkupIsLeftAlone() {
    String html =
        "<li><strong>Product</strong> Marketing, for launches "
            + mention("Product Marketing")
            + "</li>";
    assertEquals(html, RepeatedMentions.fold(html));
  }

  @Test
  void aNameInsideEmphasisBecomesTheLink() {
    assertEquals(
        "<li><em>" + mention("Product Marketing") + "</em>, for launches</li>",
        RepeatedMentions.fold(
            "<li><em>Product Marketing</em>, for launches "
                + mention("Product Marketing")
                + "</li>"));
  }
}
