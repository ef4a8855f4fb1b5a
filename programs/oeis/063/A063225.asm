; A063225: Dimension of the space of weight 2n cuspidal newforms for Gamma_0( 62 ).
; 3,8,12,18,22,28,32,38,42,48,52,58,62,68,72,78,82,88,92,98,102,108,112,118,122,128,132,138,142,148,152,158,162,168,172,178,182,188,192,198,202,208,212,218,222,228,232,238,242,248

#offset 1

sub $0,1
sub $0,1
add $0,1
mov $4,$0
sub $0,1
sub $0,1
add $0,3
sub $0,1
mov $3,$0
mov $2,$3
lpb $3
  sub $3,1
  add $2,3
lpe
div $0,-1
add $0,1
sub $0,2
div $0,2
mul $0,2
sub $0,13
sub $2,$0
mov $0,$2
mov $5,$4
equ $5,0
add $0,$5
sub $0,-1
mul $0,12
add $0,16
sub $0,-8
div $0,6
add $0,3
sub $0,37
div $0,2
add $0,3
