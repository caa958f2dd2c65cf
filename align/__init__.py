"""Korean-Chinese alignment toolkit for police and public-security news."""
