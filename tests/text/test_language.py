"""Articles not in English are reported as such, and their figures left unverifiable."""

from __future__ import annotations

from georoute.text.language import english_share, is_english
from georoute.verify import verify
from tests.conftest import ARTICLES, ROOT

FRENCH = (
    "date 2024-03-05\nLe train à grande vitesse a quitté Paris mardi matin et est arrivé à "
    "Lyon deux heures plus tard, a indiqué la compagnie dans un communiqué. Le trajet de 400 km "
    "a été effectué à une vitesse moyenne de 100 km/h. Les voyageurs ont salué la ponctualité "
    "du service, selon le porte-parole de la compagnie ferroviaire nationale, qui a ajouté que "
    "la ligne serait rénovée l'an prochain."
)


def test_every_english_test_article_reads_as_english():
    for f in [
        *ARTICLES.glob("*.txt"),
        *(ROOT / "tests" / "wire").glob("*.txt"),
        *(ROOT / "seeds").glob("*.txt"),
    ]:
        assert is_english(f.read_text(encoding="utf-8")), (f.name, english_share(f.read_text()))


def test_an_article_not_in_english_is_reported_and_left_unverifiable(gaz):
    report = verify(texts=[FRENCH], gazetteer=gaz)
    assert report.to_dict()["documents"][0]["english"] is False
    assert report.findings and all(f.verdict == "unverifiable" for f in report.findings)
    held = [f for f in report.findings if f.computed.get("would_be")]
    assert held and all("does not read as English" in f.message for f in held)
