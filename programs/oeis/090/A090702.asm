; A090702: a(n) is the minimal number k such that every binary word of length n can be transformed into a palindrome or an antipalindrome by deleting at most k letters.
; 0,0,1,1,1,2,2,2,3,4,4,4,5,5,5,6,7,7,7,8,8,8,9,10,10,10,11,11,11,12,13,13,13,14,14

#offset 1

sub $0,1
sub $0,1
max $0,0
sub $3,1
sub $0,1
sub $0,1
sub $3,$0
sub $0,1
add $0,$0
add $0,8
add $3,$0
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
add $3,3
add $3,$0
mov $0,$3
mul $0,6
add $0,$0
div $0,7
add $0,3
sub $3,$0
div $0,3
mul $0,12
add $0,16
div $0,12
add $3,$0
mov $0,$3
sub $0,-2
div $0,-1
