; A104436: Number of ways to split 1, 2, 3, ..., 3n into 3 arithmetic progressions each with n terms.
; Formula: a(n) = lodabin(truncate(8*(max(n-2,0)-1)/3),2*(4*(max(n-2,0)-1)+truncate(8*(max(n-2,0)-1)/3)))+4+(-14*(n-1==0))
; 1,15,5,4,4,4,4,4,4,4,4,4,4,4,4

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
sub $0,1
mul $0,4
mov $2,$0
mul $2,2
div $2,3
add $0,$2
mul $0,2
bin $2,$0
mov $0,$2
add $0,4
equ $1,0
mul $1,-14
add $0,$1
