; A081496: Start with Pascal's triangle; a(n) is the sum of the numbers on the periphery of the n-th central rhombus containing exactly 4 numbers.
; Formula: a(n) = (9*n-4)*truncate(lodabin(2*gcd(0,n-1),n-1)/n)
; 5,14,46,160,574,2100,7788,29172,110110,418132,1595620,6113744,23505356,90633800,350351640,1357278300,5268292830,20483876820,79765662900,311038321440,1214362277700,4746455801880,18570960418920,72728638093800

#offset 1

sub $0,1
gcd $1,$0
mul $1,2
bin $1,$0
add $0,1
div $1,$0
mul $0,9
sub $0,4
mul $0,$1
