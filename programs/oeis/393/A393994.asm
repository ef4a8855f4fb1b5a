; A393994: Largest number of directions of lines determined by pairs of cell centers of a polycube with n cells.
; Formula: a(n) = min(n-1,3)+truncate((n-1)*(n-1)/3)
; 0,1,3,6,8,11,15,19,24,30,36

#offset 1

sub $0,1
mov $1,$0
mul $1,$0
min $0,3
div $1,3
add $0,$1
