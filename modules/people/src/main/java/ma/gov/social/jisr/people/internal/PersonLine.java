package ma.gov.social.jisr.people.internal;

import ma.gov.social.jisr.people.api.PersonData;

/** One line of a persons file: its number in the file and what it says. */
public record PersonLine(long number, PersonData data) {
}
