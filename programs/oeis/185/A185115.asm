; A185115: Number of connected 2-regular simple graphs on n vertices with girth at least 5.
; Formula: a(n) = floor(gcd(min(n,5),5)/3)
; 1,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1

min $0,5
gcd $0,5
div $0,3
