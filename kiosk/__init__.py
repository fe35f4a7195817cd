"""HallGuide (智能导办): a guidance kiosk for government administrative service halls."""
