; A378708: Circumference of the n-Lucas cube graph.
; 4,10,16,28,46,74,122,198,320

#offset 4

sub $0,4
mov $1,$0
gcd $0,1
mov $2,$0
lpb $1
  add $2,$0
  add $0,5
  sub $0,$3
  sub $3,$2
  mov $2,$3
  sub $1,1
lpe
div $0,2
mul $0,2
add $0,4
