; A380346: Number of corona for a hexagon of edge n with diamonds of side 1.
; Formula: a(n) = gcd(0,n+1)*((n+1)*gcd(0,n+1)+3)*(gcd(0,n+1)*((n+1)*gcd(0,n+1)+3))+2
; 18,198,1298,5778,19602,54758,132498,287298,571538,1060902

add $0,1
gcd $1,$0
mul $0,$1
add $0,3
mul $1,$0
mov $0,$1
mul $0,$1
add $0,2
