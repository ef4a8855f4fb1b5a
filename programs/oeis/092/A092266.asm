; A092266: Expansion of (1+4x)/AGM(1+4x,1-4x) where AGM denotes the arithmetic-geometric mean.
; Formula: a(n) = 4*(lodabin(n-1,truncate((n-1)/2))*lodabin(n-1,truncate((n-1)/2)))+(-3*(n==0))
; 1,4,4,16,36,144,400,1600,4900,19600,63504,254016,853776,3415104,11778624,47114496,165636900,662547600,2363904400,9455617600,34134779536,136539118144,497634306624,1990537226496,7312459672336

mov $1,$0
sub $0,1
mov $2,$0
div $2,2
bin $0,$2
mul $0,$0
mul $0,4
equ $1,0
mul $1,-3
add $0,$1
