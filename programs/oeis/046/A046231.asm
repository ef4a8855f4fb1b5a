; A046231: Numbers whose cube is palindromic in base 4.
; Formula: a(n) = truncate((min(n-2,1)+1)/2)+lodapow(4,n-2)
; 0,1,5,17,65,257,1025,4097,16385,65537,262145,1048577,4194305,16777217,67108865,268435457,1073741825,4294967297

#offset 1

sub $0,2
mov $1,4
pow $1,$0
min $0,1
add $0,1
div $0,2
add $0,$1
