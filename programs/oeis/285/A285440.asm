; A285440: Consider the sums of the numbers < n that share the same greatest common divisor with n. Sequence lists numbers that have only one of those sums equal to n.
; Formula: a(n) = 3*truncate((n-1)/2)+(2*truncate((n-1)/4)+(n-1))+3
; 3,4,8,9,15,16,20,21,27,28,32,33,39,40,44,45,51,52,56,57,63,64,68,69,75,76,80,81,87,88,92,93,99,100,104,105,111,112,116,117,123,124,128,129,135,136,140,141,147,148,152,153,159,160,164,165,171,172,176,177

#offset 1

sub $0,1
mov $1,$0
div $1,4
mul $1,2
add $1,$0
div $0,2
mul $0,3
add $0,$1
add $0,3
