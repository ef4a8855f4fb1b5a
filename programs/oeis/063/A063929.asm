; A063929: Radius of A-excircle of Pythagorean triangle with a = (n+1)^2 - m^2, b = 2*(n+1)*m and c = (n+1)^2 + m^2.
; 2,6,3,12,8,4,20,15,10,5,30,24,18,12,6,42,35,28,21,14,7,56,48,40,32,24,16,8,72,63,54,45,36,27,18,9,90,80,70,60,50,40,30,20,10,110,99,88,77,66,55,44,33,22,11,132,120,108,96,84,72,60,48,36,24,12,156,143,130,117

#offset 1

sub $0,1
add $0,1
sub $0,1
mov $2,$0
sub $0,1
max $0,0
sub $0,1
add $0,2
sub $0,1
sub $0,1
add $0,2
sub $0,-1
add $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
lpb $0
  sub $0,$1
  sub $0,1
  sub $1,-1
lpe
sub $0,1
sub $1,$0
add $0,$1
add $0,2
mul $0,$1
add $0,1
sub $0,1
add $0,-1
add $0,1
mul $0,4
add $0,4
sub $0,8
div $0,4
add $0,1
mov $3,$2
equ $3,0
mul $3,-4
add $0,$3
