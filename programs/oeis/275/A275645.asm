; A275645: Numbers n such that the n X n queens graph is colorable with n colors.
; Formula: a(n) = -truncate((n+6)*(lodapow(2,0-(n-3))-4)/4)+1
; 1,5,7,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26

#offset 1

sub $0,3
sub $1,$0
add $0,9
mov $2,2
pow $2,$1
sub $2,4
mul $0,$2
div $0,4
mul $0,-1
add $0,1
