; A129107: Decimal expansion of 42223444 = 84446888/2 (see A129106).
; Formula: a(n) = lodamod((truncate((10*n-72)*(10*n-72)/120)+1)*(truncate((10*n-72)*(10*n-72)/120)+1)+3,5)
; 4,2,2,2,3,4,4,4

#offset 8

mul $0,10
sub $0,72
mul $0,$0
div $0,120
add $0,1
mul $0,$0
add $0,3
mod $0,5
