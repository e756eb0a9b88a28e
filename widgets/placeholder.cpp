namespace WireDiff {}
