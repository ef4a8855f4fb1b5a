; A124007: Number of permutations of n distinct letters (ABCD...) each of which appears thrice with n-3 fixed points.
; Formula: a(n) = 9*((n-1)*n*(n+1))
; 0,0,54,216,540,1080,1890,3024,4536,6480,8910,11880,15444,19656,24570

sub $0,1
fac $0,3
mul $0,9
