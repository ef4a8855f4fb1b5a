; A000937: Length of longest simple cycle without chords in the n-dimensional hypercube graph. Also called n-coil or closed n-snake-in-the-box problem.
; Formula: a(n) = 2*(truncate(c(max(n-1,0))/11)+(-2*(n-1==0)))+4, b(n) = -2*(b(n-1)+c(n-1)+2), c(n) = c(n-1)+(b(n-1)+c(n-1)+2)+(b(n-1)+c(n-1)+2), b(0) = 2, c(0) = 0
; 0,4,6,8,14,26,48,96

#offset 1

sub $0,1
mov $1,$0
mov $2,$0
mov $0,2
lpb $2
  sub $2,1
  add $0,$3
  add $0,2
  add $3,$0
  add $3,$0
  mul $0,-2
lpe
mov $0,$3
div $0,11
equ $1,0
mul $1,-2
add $0,$1
mul $0,2
add $0,4
