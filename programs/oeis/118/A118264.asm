; A118264: Coefficient of q^n in (1-q)^3/(1-3q); dimensions of the enveloping algebra of the derived free Lie algebra on 3 letters.
; 1,0,3,8,24,72,216,648,1944,5832,17496,52488,157464,472392,1417176,4251528,12754584,38263752,114791256,344373768,1033121304,3099363912,9298091736,27894275208,83682825624,251048476872,753145430616

sub $0,1
mov $4,$0
sub $3,5
mov $1,$0
add $1,$1
lpb $1
  sub $1,2
  mov $0,$2
  sub $3,2
  mul $3,3
lpe
add $0,$3
div $0,6
mul $0,4
div $0,-6
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
