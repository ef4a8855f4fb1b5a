; A045504: Palindromic Fibonacci numbers.
; Formula: a(n) = A157729(A007093(n-1))-5
; 0,1,1,2,3,5,8,55

#offset 1

sub $0,1
seq $0,7093
seq $0,157729
sub $0,5
