; A354535: a(n) is the number of different tile sizes after n iterations of the "Square Multiscale" substitution.
; Formula: a(n) = truncate((sqrtint(24*n)-1)/2)+1
; 1,2,3,4,5,5,6,6,7,7,8,8,8,9,9,9,10,10,10,11,11,11,11,12,12,12,12,13,13,13,13,14,14,14,14,14,15,15,15,15,15,16,16,16,16,16,17,17,17,17,17,17,18,18,18,18,18,18,19,19,19,19,19,19,20,20,20,20,20,20,20,21,21,21,21,21,21,21,22,22

mul $0,24
nrt $0,2
sub $0,1
div $0,2
add $0,1
