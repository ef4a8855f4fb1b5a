; A039265: Numbers whose base-12 representation has the same number of 7's and 8's.
; 0,1,2,3,4,5,6,9,10,11,12,13,14,15,16,17,18,21,22,23,24,25,26,27,28,29,30,33,34,35,36,37,38,39,40,41,42,45,46,47,48,49,50,51,52,53,54,57,58,59,60,61,62,63,64,65,66,69,70,71,72,73,74,75,76,77,78,81,82,83

#offset 1

sub $0,1
mov $2,$0
sub $0,1
max $0,0
sub $0,1
sub $0,1
add $0,3
sub $0,-1
sub $0,1
sub $0,-1
sub $0,-1
sub $0,-1
mov $1,$0
lpb $1
  sub $1,10
  add $0,2
lpe
add $0,2
sub $0,4
mul $0,2
add $0,1
sub $0,-1
div $0,2
sub $0,1
sub $0,1
mov $3,$2
equ $3,0
mul $3,-1
add $0,$3
