; A332044: a(n) is the length of the shortest circuit that visits every edge of an undirected n X n grid graph.
; Formula: a(n) = 4*truncate((n*n-1)/2)
; 4,16,28,48,68,96,124,160,196,240,284,336,388,448,508,576,644,720,796,880,964,1056,1148,1248,1348,1456,1564,1680,1796,1920,2044,2176,2308,2448,2588,2736,2884,3040,3196,3360,3524,3696,3868,4048,4228,4416,4604,4800,4996,5200

#offset 2

mul $0,$0
sub $0,1
div $0,2
mul $0,4
