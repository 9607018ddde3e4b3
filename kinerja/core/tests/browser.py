"""What the browser tests share: logging in through the login page as a user would."""

from kinerja.demo.loader import DEMO_PASSWORD


def masuk(page, server, username: str, password: str = DEMO_PASSWORD) -> None:
    """Fill and send the login form; the caller waits for what its page should show next."""
    page.goto(f"{server.url}/akun/masuk/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
