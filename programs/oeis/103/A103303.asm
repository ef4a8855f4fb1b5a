; A103303: Complete list of digits used in the counting numbers (in base 10). Also known as the "Arabic numerals".
; Formula: a(n) = n-1
; 0,1,2,3,4,5,6,7,8,9

#offset 1

sub $0,1
